import { Module, type DynamicModule } from '@nestjs/common';
import { ProjectionsModule } from '@kaoping/projections';
import { ExportsController } from './exports.controller';
import { ImportsController } from './imports.controller';
import { SpreadsheetsService } from './spreadsheets.service';

/** Templates, imports, batch endpoints, exports and the 公示 (libs/spreadsheet over HTTP). */
@Module({})
export class SpreadsheetsModule {
  static forRoot(): DynamicModule {
    // Reads only: the queries' module runs the projections (when RUN_WORKER); a second forRoot must not run them twice.
    return { module: SpreadsheetsModule, imports: [ProjectionsModule.forRoot({ run: false })], controllers: [ImportsController, ExportsController], providers: [SpreadsheetsService] };
  }
}
