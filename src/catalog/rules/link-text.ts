import { makeProblem } from '../problems.ts';
import type { CatalogRule } from './types.ts';

export const linkText: CatalogRule = {
  name: 'link-text',
  check: ({ domains }) =>
    domains.flatMap((domain) =>
      domain.value.codes.flatMap((code, codeIndex) =>
        (code.links ?? []).flatMap((link, linkIndex) =>
          code.message.includes(link.text) || code.handling?.includes(link.text)
            ? []
            : [
                makeProblem(
                  domain.yaml.locate(['codes', codeIndex, 'links', linkIndex, 'text']),
                  `link text "${link.text}" does not occur in the message or handling of code ${code.code}`,
                  'a link turns words of the message into a link: copy the exact words from the message',
                ),
              ],
        ),
      ),
    ),
};
