/** Text a hostile page, glossary or data file could carry: markup, script addresses and an attribute break-out. */
export const HOSTILE = [
  '<img src=x onerror=alert(document.domain)>',
  '<script>alert("script")</script>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(2)</script>',
  '" onmouseover="alert(3)" data-x="',
  '<svg/onload=alert(4)><a href="javascript:alert(5)">link</a>',
  '&lt;b&gt;already escaped&lt;/b&gt; &amp;',
];

/** Attributes that could load or run something, if data ever became one. */
export const ACTIVE_ATTRIBUTE = /^(on|href$|src|action$|formaction$|srcdoc$|xlink:href$)/i;
