import { registerEnumType } from '@nestjs/graphql';

export enum TrainingDelivery {
  IN_PERSON = 'in-person',
  ONLINE = 'online',
  E_LEARNING = 'e-learning',
  HYBRID = 'hybrid',
}

registerEnumType(TrainingDelivery, { name: 'TrainingDelivery', description: 'How a training session is delivered.' });
