<#ftl output_format="HTML" strip_whitespace=true>
<#include "layout.ftl">
<#-- Lists, entity, topic and timeline pages: reached by navigation; search indexes the briefings only. -->
<@page ; v>
<h1 class="page__title">${v.title}</h1>
<#if v.title_note??><p class="page__title-note">${v.title_note}</p></#if>
${content.body?no_esc}
</@page>
