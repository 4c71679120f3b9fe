<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Não há gráfico para exportar.</translation>
    </message>
    <message>
        <source>The “%1” tab has no chart to export. Show a chart tab, the timeline or a panel that draws a chart, then export again.</source>
        <translation>A aba “%1” não tem gráfico para exportar. Mostre uma aba de gráfico, a linha do tempo ou um painel que desenhe um gráfico e exporte de novo.</translation>
    </message>
</context>
<context>
    <name>render::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>unsupported image format for %1 (use .png, .svg or .pdf)</source>
        <translation>formato de imagem não suportado para %1 (use .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>the picture size is empty</source>
        <translation>o tamanho da imagem é vazio</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>memória insuficiente para a imagem</translation>
    </message>
    <message>
        <source>cannot start the SVG drawing</source>
        <translation>não foi possível iniciar o desenho SVG</translation>
    </message>
    <message>
        <source>cannot finish the SVG drawing</source>
        <translation>não foi possível concluir o desenho SVG</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>não foi possível iniciar o documento PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>não foi possível concluir o documento PDF</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>nada foi desenhado</translation>
    </message>
</context>
</TS>
