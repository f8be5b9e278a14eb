<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one page frame for both languages: everything it shows comes precomputed in content.view. -->
<#macro page>
<#assign v = content.view>
<#-- OpenGraph names a locale language_TERRITORY; a language missing here fails the bake, as it should. -->
<#assign ogLocale = {"ar": "ar_AR", "en": "en_US"}>
<!DOCTYPE html>
<html lang="${v.lang}" dir="${v.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${v.page_title}</title>
<meta name="description" content="${v.description}">
<#if v.canonical_url??>
<link rel="canonical" href="${v.canonical_url}">
</#if>
<link rel="alternate" type="application/atom+xml" href="${v.feed_url}" title="${v.ui.site_name}">
<link rel="alternate" hreflang="${v.lang}" href="${v.self_url}">
<link rel="alternate" hreflang="${v.alternate.lang}" href="${v.alternate.url}">
<meta property="og:type" content="<#if v.kind == "briefing">article<#else>website</#if>">
<meta property="og:site_name" content="${v.ui.site_name}">
<meta property="og:title" content="${v.title}" data-pagefind-meta="title[content]">
<meta property="og:description" content="${v.description}">
<meta property="og:locale" content="${ogLocale[v.lang]}">
<meta property="og:locale:alternate" content="${ogLocale[v.alternate.lang]}">
<#if v.canonical_url??>
<meta property="og:url" content="${v.canonical_url}">
</#if>
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${v.title}">
<meta name="twitter:description" content="${v.description}">
<link rel="icon" href="${v.root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${v.root}css/nashra.css">
<script type="module" src="${v.root}js/search.js"></script>
</head>
<body>
<a class="skip-link" href="#main">${v.ui.skip_to_content}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="${v.home_url}">${v.ui.site_name}</a>
    <nav class="site-nav" aria-label="${v.ui.nav_label}">
      <#list v.nav as item><a href="${item.url}"<#if item.current> aria-current="page"</#if>>${item.label}</a></#list>
    </nav>
    <a class="lang-switch" href="${v.alternate.url}" hreflang="${v.alternate.lang}" lang="${v.alternate.lang}" dir="${v.alternate.dir}" rel="alternate" title="${v.ui.language_switch_label}">${v.ui.language_switch}</a>
    <div class="site-search" id="search"></div>
  </div>
</header>
<main id="main" class="page page--${v.kind}">
<#nested v>
</main>
<footer class="site-footer">
  <p>${v.ui.footer_note}</p>
</footer>
</body>
</html>
</#macro>
