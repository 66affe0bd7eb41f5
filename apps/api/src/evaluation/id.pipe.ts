import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputException } from '../errors/validation';
import { ID, SCHEME_ID } from './common.dto';

/** Path ids name streams: refuses anything but 1–64 letters, digits, '.', '_' or '-' (400 naming the parameter). */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!ID.test(value)) {
      const path = metadata.data ?? 'id';
      throw new InvalidInputException([{ path, rule: 'pattern', message: `${path} is 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit` }]);
    }
    return value;
  }
}

/** Path ids of what a scheme defines (a category, an indicator): the scheme's own id rule, Chinese included (400 naming the parameter). */
@Injectable()
export class ParseSchemeIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!SCHEME_ID.test(value)) {
      const path = metadata.data ?? 'id';
      throw new InvalidInputException([
        { path, rule: 'pattern', message: `${path} is 1–64 letters (Chinese included) or digits, then also '_' or '-', starting with a letter or digit` },
      ]);
    }
    return value;
  }
}

/** A path parameter that must be one of a list (a phase id). */
export class ParseOneOfPipe<T extends string> implements PipeTransform<string, T> {
  constructor(private readonly allowed: readonly T[]) {}

  transform(value: string, metadata: ArgumentMetadata): T {
    const found = this.allowed.find((candidate) => candidate === value);
    if (found === undefined) {
      const path = metadata.data ?? 'value';
      throw new InvalidInputException([{ path, rule: 'isIn', message: `${path} must be one of ${this.allowed.join(', ')}` }]);
    }
    return found;
  }
}
