<#ftl output_format="HTML">
<#assign v = content.view>
<!DOCTYPE html>
<html lang="${v.lang}" dir="${v.dir}">
<head>
<meta charset="utf-8">
<title>${v.page_title}</title>
</head>
<body>
<main>
<h1>${v.title}</h1>
${content.body?no_esc}
</main>
</body>
</html>
