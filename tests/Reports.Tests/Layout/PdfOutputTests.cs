using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Layout.Pdf;
using CorrAnalytics.Reports.Tests.Support;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Layout;

/// <summary>Real PDFs read back with PdfPig.</summary>
public class PdfOutputTests
{
    [Fact]
    public void Kazakh_text_reads_back_exactly()
    {
        var bytes = PdfRenderer.Render(SampleDocuments.Document(new Text(SampleDocuments.KazakhSentence, TextStyles.Body)));
        using var pdf = PdfDocument.Open(bytes);
        var words = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains(SampleDocuments.KazakhSentence, words);
    }

    [Fact]
    public void Every_page_carries_its_number_of_the_total()
    {
        var bytes = PdfRenderer.Render(SampleDocuments.Document(SampleDocuments.NumberTable(300)));
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 3);
        foreach (var page in pdf.GetPages())
            Assert.Contains($"{page.Number} / {pdf.NumberOfPages}", string.Join(" ", page.GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = PdfRenderer.Render(SampleDocuments.Document(SampleDocuments.NumberTable(80)));
        var second = PdfRenderer.Render(SampleDocuments.Document(SampleDocuments.NumberTable(80)));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Metadata_language_and_bookmarks_are_written()
    {
        var content = new Column([
            new Section("Бірінші бөлім", new Text("a", TextStyles.Body)),
            new PageBreak(),
            new Section("Екінші бөлім", new Text("b", TextStyles.Body)),
        ]);
        var bytes = PdfRenderer.Render(SampleDocuments.Document(content, "Айлық есеп"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(("Айлық есеп", "CorrAnalytics tests", "test"), (pdf.Information.Title, pdf.Information.Author, pdf.Information.Keywords));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Бірінші бөлім", "Екінші бөлім"], bookmarks.Roots.Select(b => b.Title));
        Assert.Contains("/Lang", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Text_the_font_cannot_show_is_drawn_as_a_replacement_and_named_in_the_warnings()
    {
        var document = SampleDocuments.Document(new Text("Есеп 中文 😀", TextStyles.Body));

        var bytes = PdfRenderer.Render(document, null, out _, out var warnings);

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Есеп", text);
        Assert.Contains("□□ □", text);
        Assert.Equal(3, warnings.Count); // one per character, however often it is measured and drawn
        Assert.Contains(warnings, w => w.Contains("'中' (U+4E2D)"));
        Assert.Contains(warnings, w => w.Contains("'文' (U+6587)"));
        Assert.Contains(warnings, w => w.Contains("'😀' (U+1F600)"));
        Assert.All(warnings, w => Assert.Contains("Folders searched:", w));
    }

    [Fact]
    public void A_missing_font_is_an_error_naming_the_folders_searched()
    {
        var error = Assert.Throws<FontException>(() => FontLocator.Only("/nonexistent/fonts").PathOf(bold: true, italic: false));
        Assert.Contains("DejaVuSans-Bold.ttf", error.Message);
        Assert.Contains("/nonexistent/fonts", error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
    }
}
