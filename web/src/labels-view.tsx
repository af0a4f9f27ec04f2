/**
 * What the labels mean: the 23 techniques by category, the 14 frames and the 3 genres, with the
 * definitions the reports show (src/labels.ts), for readers and teachers who meet a label first.
 */
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES, FRAMES, FRAME_INFO, GENRES, GENRE_INFO, TECHNIQUES, TECHNIQUE_INFO, TECHNIQUES_ABSENT_IN_ENGLISH, categoryOf, type LabelInfo } from '../../src/labels.js';
import { categoryName } from '../../src/render/label-text.js';

const ABSENT_IN_ENGLISH: ReadonlySet<string> = new Set(TECHNIQUES_ABSENT_IN_ENGLISH);

/** Labels and their definitions as a description list. */
function Definitions({ labels }: { labels: readonly LabelInfo[] }) {
  return (
    <dl class="definitions">
      {labels.map((l) => (
        <div key={l.id}>
          <dt>
            {l.name} <code>{l.id}</code>
          </dt>
          <dd>
            {l.definition}
            {ABSENT_IN_ENGLISH.has(l.id) && <span class="aside"> Not found in English articles: the English training data never mark it.</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The page of labels; it takes the focus when opened, as the other views do. */
export function LabelsView() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="labels" aria-labelledby="labels-title">
      <h2 id="labels-title" tabIndex={-1} ref={heading}>
        What the labels mean
      </h2>
      <p>
        slant uses the labels of the SemEval-2023 Task 3 scheme. It finds persuasion techniques in each paragraph, and the frames and the genre of
        the whole article. The ids in grey are those of the SemEval files and of slant's JSON output.
      </p>
      <h3>Persuasion techniques</h3>
      {CATEGORIES.map((c) => (
        <section key={c} aria-labelledby={`labels-${c}`}>
          <h4 id={`labels-${c}`}>{categoryName(c)}</h4>
          <Definitions labels={TECHNIQUES.filter((t) => categoryOf(t) === c).map((t) => TECHNIQUE_INFO[t])} />
        </section>
      ))}
      <h3>Frames</h3>
      <p>The angles an article takes on its subject; an article may take several.</p>
      <Definitions labels={FRAMES.map((f) => FRAME_INFO[f])} />
      <h3>Genres</h3>
      <p>One per article.</p>
      <Definitions labels={GENRES.map((g) => GENRE_INFO[g])} />
    </section>
  );
}
