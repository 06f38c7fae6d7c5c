import type { JudgementGroups } from '../judgement-groups.ts';
import type { Domain, System, Taxonomy } from '../schema.ts';
import type { Problem } from '../problems.ts';
import type { YamlFile } from '../yaml-file.ts';

/** A schema-valid entry together with the file it came from, so rules can point into it. */
export interface Located<T> {
  value: T;
  yaml: YamlFile;
}

/** Everything that passed the schema, in file order. */
interface RuleInput {
  systems: Located<System>[];
  domains: Located<Domain>[];
  /** `categories.yaml`; rules that need it report nothing when it is missing (build-catalog does). */
  taxonomy?: Located<Taxonomy>;
  /** `judgement-groups.yaml`, optional: codes that name the same event (rule inconsistent-judgement). */
  judgementGroups?: Located<JudgementGroups>;
}

/** A check that needs more than one entry or file to decide (the schema handles the rest). */
export interface CatalogRule {
  /** kebab-case name, as in `tests/fixtures/catalogs/<name>/`. */
  name: string;
  check(input: RuleInput): Problem[];
}
