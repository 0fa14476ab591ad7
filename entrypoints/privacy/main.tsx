import { render } from 'preact';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';
import { parseMarkdown } from '../../lib/docs/markdown-blocks';
import policy from '../../PRIVACY.md?raw';

// The policy is English only, as PRIVACY.md is; the page says so with its lang.
const root = document.getElementById('app');
if (root) render(<PrivacyPage blocks={parseMarkdown(policy)} />, root);
