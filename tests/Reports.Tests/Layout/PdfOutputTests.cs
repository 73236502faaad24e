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
    public void Every_compressed_stream_is_a_complete_zlib_stream_and_the_file_reads_back()
    {
        // Text, a table over several pages and an embedded font: page contents, font files, cmaps.
        var bytes = PdfRenderer.Render(SampleDocuments.Document(new Column([
            new Text(SampleDocuments.KazakhSentence, TextStyles.Body), SampleDocuments.NumberTable(120)])));

        var streams = FlateStreams(bytes);
        Assert.True(streams.Count >= 5, $"{streams.Count} streams");
        foreach (var (offset, data) in streams)
        {
            Assert.True(data.Length > 6 && (data[0] * 256 + data[1]) % 31 == 0, $"the stream at {offset} has no zlib header");
            using var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(data, 2, data.Length - 2), System.IO.Compression.CompressionMode.Decompress);
            using var content = new MemoryStream();
            inflate.CopyTo(content);
            // RFC 1950: a zlib stream ends with the Adler-32 of what it holds, most significant byte first.
            var (a, b) = (1L, 0L);
            foreach (var x in content.ToArray())
                (a, b) = ((a + x) % 65521, (b + (a + x) % 65521) % 65521);
            Assert.True(data.Length >= 6 && data.AsSpan(data.Length - 4).SequenceEqual(new[] { (byte)(b >> 8), (byte)b, (byte)(a >> 8), (byte)a }),
                $"the stream at {offset} ({data.Length} bytes) does not end with its Adler-32 checksum");
        }
        // Every offset of the cross-reference table points at its object, and startxref at the table.
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var xref = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"startxref\n(\d+)").Groups[1].Value);
        Assert.StartsWith("xref\n0 ", text[xref..]);
        var entries = text[xref..].Split('\n').Skip(2).TakeWhile(l => l.Length >= 18 && char.IsDigit(l[0])).ToList();
        for (var i = 1; i < entries.Count; i++)
            Assert.StartsWith($"{i} 0 obj", text[int.Parse(entries[i][..10])..]);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(SampleDocuments.KazakhSentence, string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    /// <summary>Each /FlateDecode stream's data, found by its dictionary's direct /Length.</summary>
    private static List<(int Offset, byte[] Data)> FlateStreams(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var streams = new List<(int, byte[])>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"<<([^\n]*?)>>\r?\nstream\r?\n"))
        {
            var length = System.Text.RegularExpressions.Regex.Match(m.Groups[1].Value, @"/Length (\d+)");
            if (m.Groups[1].Value.Contains("/FlateDecode") && length.Success)
                streams.Add((m.Index + m.Length, pdf.AsSpan(m.Index + m.Length, int.Parse(length.Groups[1].Value)).ToArray()));
        }
        return streams;
    }

    [Fact]
    public void Table_headers_wrap_between_words_and_shrink_rather_than_split_a_word()
    {
        string[] headers = ["Facilities", "Fulfilment, %", "Employed", "Толықтығы, %", "Internal share, %", "Өндірістік", "Deductions", "Наименование"];
        var table = new Table(headers.Select(h => new TableColumn(h, Align: Align.Right)).ToList());
        table.AddRow(headers.Select((_, i) => i.ToString()).ToArray());
        using var measurer = new PdfSurface(SampleDocuments.Document(table));

        // Eight columns on a narrow (360 pt) line: 45 pt each, less than most of these words need at
        // 8 pt; "Наименование" does not fit even at the smallest size, so its column takes room.
        var header = table.Layout(measurer, 360).First();

        Assert.Equal("table-header", header.Kind);
        Assert.Equal(headers, header.Text!.Split(" | "));
        using var pdf = PdfDocument.Open(PdfRenderer.Render(SampleDocuments.Document(new Row([new RowItem(table, Fixed: 360)]))));
        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToHashSet();
        Assert.All(headers.SelectMany(h => h.Split(' ')).Where(w => w != "%"), w => Assert.Contains(w.TrimEnd(','), string.Join(" ", words)));
    }

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
