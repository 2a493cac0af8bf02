export * from './uk-dates';
export * from './sheet-kinds';
export * from './header-detection';
export * from './periods';
export * from './outcome';
export * from './register-words';
