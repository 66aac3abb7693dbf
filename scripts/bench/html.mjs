// Wraps a benchmark article in a typical news-site page (header, nav, share buttons, footer) to exercise HTML cleaning.
import { months } from './vocab.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A full HTML page around the headline, byline, date and paragraphs of one article. */
export function newsPage(r, { outlet, headline, byline, date, paragraphs, related }) {
  const sections = r.sample(['World', 'Politics', 'Economy', 'Business', 'Energy', 'Regions', 'Opinion', 'Culture', 'Sport', 'Video'], r.int(5, 8));
  const iso = date ? date.toISOString().slice(0, 10) : '';
  const shown = date ? `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}` : '';
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(headline)} | ${esc(outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(paragraphs[0].slice(0, 150))}">
${date ? `<meta property="article:published_time" content="${iso}T${String(r.int(6, 22)).padStart(2, '0')}:00:00Z">\n` : ''}<meta property="og:title" content="${esc(headline)}">
<link rel="canonical" href="https://news.example.org/${slug}">
<style>body{font-family:Georgia,serif;margin:0}header,footer{background:#123;color:#fff;padding:1em}.share a{margin-right:.5em}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies. <button>Accept</button></div>
<header>
<div class="logo"><a href="/">${esc(outlet)}</a></div>
<nav><ul>${sections.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
<form class="search"><input type="search" placeholder="Search"><button>Search</button></form>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/${sections[0].toLowerCase()}">${sections[0]}</a></div>
<article>
<h1>${esc(headline)}</h1>
<div class="meta">${date ? `<time datetime="${iso}">${shown}</time>` : ''}${byline ? ` <span class="byline">${esc(byline)}</span>` : ''}</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="tags">Tags: ${sections.slice(1, 4).map((s) => `<a href="#">${s}</a>`).join(', ')}</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
</article>
<aside class="related"><h2>Related news</h2><ul>${related.map((h) => `<li><a href="#">${esc(h)}</a></li>`).join('')}</ul>
<h2>Most read</h2><ol>${r.sample(related.concat(['Weather warning issued for the weekend', 'Markets close higher', 'New metro line opens']), 3).map((h) => `<li><a href="#">${esc(h)}</a></li>`).join('')}</ol></aside>
</main>
<footer>
<p>&copy; ${date ? date.getUTCFullYear() : 2025} ${esc(outlet)}. All rights reserved. Reproduction only with a link to the source.</p>
<p><a href="/about">About us</a> | <a href="/contacts">Contacts</a> | <a href="/privacy">Privacy policy</a> | <a href="/advertising">Advertising</a></p>
</footer>
<script src="/static/app.js" async></script>
</body>
</html>
`;
}
