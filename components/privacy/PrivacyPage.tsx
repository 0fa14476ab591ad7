import type { Block, Inline } from '../../lib/docs/markdown-blocks';

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, i) =>
        part.kind === 'strong' ? (
          <strong key={i}>{part.text}</strong>
        ) : part.kind === 'em' ? (
          <em key={i}>{part.text}</em>
        ) : part.kind === 'code' ? (
          <code key={i}>{part.text}</code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? (
        <h1>
          <Inlines content={block.content} />
        </h1>
      ) : (
        <h2>
          <Inlines content={block.content} />
        </h2>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines content={block.content} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines content={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th key={i} scope="col">
                  <Inlines content={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>
                    <Inlines content={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The privacy policy, PRIVACY.md as shipped inside the extension, so it reads the same offline. */
export function PrivacyPage({ blocks }: { blocks: Block[] }) {
  return (
    <main class="privacy">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </main>
  );
}
