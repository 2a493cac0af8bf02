import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@sli/shared/api-core';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** The outbox row's id: the Message-ID, so a receiver can tell a resend from a new message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Email through SMTP with nodemailer, configured by the environment (SMTP_HOST, SMTP_PORT, SMTP_TLS, SMTP_USER, SMTP_PASSWORD, MAIL_FROM). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** False without SMTP_HOST: messages then wait in the outbox until a server is configured. */
  get configured(): boolean {
    return Boolean(this.config.SMTP_HOST);
  }

  async send(mail: OutgoingMail): Promise<void> {
    this.transport ??= nodemailer.createTransport({
      host: this.config.SMTP_HOST,
      port: this.config.SMTP_PORT,
      secure: this.config.SMTP_TLS === 'true',
      auth: this.config.SMTP_USER ? { user: this.config.SMTP_USER, pass: this.config.SMTP_PASSWORD ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    const domain = /@([^>\s]+)/.exec(this.config.MAIL_FROM)?.[1] ?? 'localhost';
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${domain}>`,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
