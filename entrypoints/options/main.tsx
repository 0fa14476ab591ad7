import { render } from 'preact';
import { GlossaryManager } from '../../components/options/GlossaryManager';
import { useGlossaries } from './use-glossaries';

function Options() {
  return (
    <main>
      <h1>Backstory options</h1>
      <GlossaryManager {...useGlossaries()} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
