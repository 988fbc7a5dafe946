import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { Link } from 'react-router';
import { slugOf } from './slug';

// The guide's screenshots, bundled by Vite: "images/agenda.png" in the Markdown → the built file's URL.
const images = import.meta.glob('../../../../docs/images/*.png', { eager: true, query: '?url', import: 'default' });
const imageUrl = (src: string | undefined): string | undefined => {
  const name = src?.split('/').pop();
  return Object.entries(images).find(([file]) => file.endsWith(`/${name}`))?.[1];
};

const textOf = (children: ReactNode): string =>
  Array.isArray(children)
    ? children.map(textOf).join('')
    : typeof children === 'string' || typeof children === 'number'
      ? String(children)
      : '';

/**
 * Links inside the guide go to its sections within the app (the hash router would read "#processus"
 * as a screen); other links stay plain links, which the desktop opens outside Sève or not at all.
 */
const components: Components = {
  h2: ({ children }) => (
    <h2 id={slugOf(textOf(children))} tabIndex={-1}>
      {children}
    </h2>
  ),
  h3: ({ children }) => (
    <h3 id={slugOf(textOf(children))} tabIndex={-1}>
      {children}
    </h3>
  ),
  a: ({ href, children }) =>
    href?.startsWith('#') ? <Link to={`/aide/${href.slice(1)}`}>{children}</Link> : <a href={href}>{children}</a>,
  img: ({ src, alt }) => <img src={imageUrl(typeof src === 'string' ? src : undefined)} alt={alt ?? ''} className="guide__image" />,
};

/**
 * Markdown rendered to React elements, never to HTML strings: raw HTML in the text is not rendered
 * (react-markdown's default), so the strict CSP and the page stay safe whatever the guide holds.
 */
export const GuideMarkdown = ({ markdown }: { markdown: string }) => (
  <Markdown remarkPlugins={[remarkGfm]} components={components} skipHtml>
    {markdown}
  </Markdown>
);
