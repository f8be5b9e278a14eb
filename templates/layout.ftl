<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one page frame for both languages: everything it shows comes precomputed in content.view. -->
<#macro page>
<#assign v = content.view>
<!DOCTYPE html>
<html lang="${v.lang}" dir="${v.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${v.page_title}</title>
<meta name="description" content="${v.description}">
<link rel="stylesheet" href="${v.root}css/nashra.css">
<#if v.canonical_url??><link rel="canonical" href="${v.canonical_url}"></#if>
<link rel="alternate" type="application/atom+xml" href="${v.feed_url}" title="${v.ui.site_name}">
<link rel="alternate" hreflang="${v.lang}" href="${v.self_url}">
<link rel="alternate" hreflang="${v.alternate.lang}" href="${v.alternate.url}">
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
