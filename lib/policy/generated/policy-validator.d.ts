// Types for the generated standalone validator (lib/policy/validator-source.ts).
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
