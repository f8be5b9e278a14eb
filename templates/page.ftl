<#ftl output_format="HTML" strip_whitespace=true>
<#include "layout.ftl">
<@page ; v>
<div data-pagefind-body>
<h1 class="page__title">${v.title}</h1>
${content.body?no_esc}
</div>
</@page>
