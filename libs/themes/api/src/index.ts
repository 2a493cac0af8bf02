export { ThemesModule } from './themes.module';
export { THEME_DEPENDENTS, ThemesService } from './themes.service';
export { themeLoader } from './themes.resolver';
export { ThemeEntity } from './theme.entity';
export { Theme, ThemeConnection } from './models/theme.model';
export { ThemeGroup } from './theme.enums';
export { CreateThemeInput, UpdateThemeInput, ThemeFilter, THEME_CODE } from './dto/theme.input';
export { themesLoader, setThemes, type ThemeLink } from './theme-links';
