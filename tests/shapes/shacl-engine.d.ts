// Minimal types for shacl-engine (a devDependency without its own), as used by the tests.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Term } from '@rdfjs/types';

  export interface PathStep {
    predicates: Term[];
    start?: 'subject' | 'object';
    end?: 'subject' | 'object';
    quantifier?: 'one' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne';
  }

  export interface Result {
    severity: Term;
    focusNode: { term: Term };
    path: PathStep[] | null;
    value?: { term: Term } | null;
    constraintComponent: Term;
    message: Term[];
  }

  export interface Report {
    conforms: boolean;
    results: Result[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & { dataset?: () => DatasetCore } });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<Report>;
  }
}
