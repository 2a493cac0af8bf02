import { Module } from '@nestjs/common';
import { HeadlineFiguresResolver } from './headline-figures.resolver';
import { HeadlineFiguresService } from './headline-figures.service';

@Module({ providers: [HeadlineFiguresService, HeadlineFiguresResolver] })
export class HeadlineFiguresModule {}
