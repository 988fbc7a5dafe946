import type { ErrorCode } from '../../../shared/api/result';

/** A refusal or failure the user can act on, with its French message; anything else is a bug. */
export class PackFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PackFailure';
    this.code = code;
  }
}

/** Thrown inside the worker when the user cancelled: unwinds the generation, which removes its temporary file. */
export class PackCancelled extends Error {
  constructor() {
    super('Génération annulée.');
    this.name = 'PackCancelled';
  }
}
