export { ActionsModule } from './actions.module';
export { ActionsService, ACTION_THEMES, type ActionParentKey } from './actions.service';
export { actionLoader, actionsByParentLoader, actionUpdatesLoader } from './actions.loader';
export { ActionEntity } from './action.entity';
export { ActionUpdateEntity } from './action-update.entity';
export { Action, ActionConnection } from './models/action.model';
export { ActionUpdate } from './models/action-update.model';
export { ActionStatus, Brag } from './action.enums';
export { brag, daysOverdue, isComplete, isOpen, statusOn, AMBER_WINDOW_DAYS, type BragInput, type StatusOnInput } from './brag';
