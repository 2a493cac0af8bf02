import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '@sli/partnerships-api';
import { ThemeEntity } from './theme.entity';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';

@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity]), PartnershipsModule],
  providers: [ThemesService, ThemesResolver],
  exports: [ThemesService],
})
export class ThemesModule {}
