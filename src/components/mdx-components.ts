import Widget from '../widgets/Widget.astro';
import Assumption from './Assumption.astro';
import Cite from './Cite.astro';
import DataNote from './DataNote.astro';
import Figure from './Figure.astro';
import Sidenote from './Sidenote.astro';
import Term from './Term.astro';

/** Everything a chapter may use without an import line. */
export const mdxComponents = { Assumption, Cite, DataNote, Figure, Sidenote, Term, Widget };
