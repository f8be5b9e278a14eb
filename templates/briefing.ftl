<#ftl output_format="HTML" strip_whitespace=true>
<#include "layout.ftl">
<@page ; v>
<article class="briefing" data-pagefind-body>
  <header class="briefing__header">
    <h1 class="briefing__title">${v.title}</h1>
    <#if v.title_note??><p class="briefing__title-note">${v.title_note}</p></#if>
    <dl class="briefing__meta" data-pagefind-ignore>
      <#list v.meta as item>
      <div class="briefing__meta-item">
        <dt>${item.label}</dt>
        <dd<#if item.lang??> lang="${item.lang}" dir="${item.dir}"</#if>><#if item.datetime??><time datetime="${item.datetime}">${item.value}</time><#else>${item.value}</#if></dd>
      </div>
      </#list>
    </dl>
  </header>
  ${content.body?no_esc}
</article>
</@page>
