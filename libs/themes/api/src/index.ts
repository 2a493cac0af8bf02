export { ThemesModule } from './themes.module';
export { ThemeEntity } from './theme.entity';
export { Theme, ThemeConnection } from './models/theme.model';
export { ThemeGroup } from './theme.enums';
export { themesLoader, setThemes, type ThemeLink } from './theme-links';
