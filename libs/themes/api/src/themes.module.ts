import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThemeEntity } from './theme.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity])],
})
export class ThemesModule {}
