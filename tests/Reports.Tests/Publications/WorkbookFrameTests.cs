using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Publications;

/// <summary>
/// Workbooks printed as publications (PUBLICATION §9): every sheet on A4 with the title in its header,
/// the data as of and the page fields in its footer, print titles as absolute references that
/// LibreOffice repeats, and the document's properties. Read back from the saved package.
/// </summary>
public sealed class WorkbookFrameTests : IDisposable
{
    private static readonly YearMonth October = new(2026, 10);
    private readonly HandMadeWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, name)).FullName;

    private string Workbook(string report, ReportLanguage language)
    {
        var clock = TestClock.Running();
        var xlsx = new HashSet<string> { "xlsx" };
        return report switch
        {
            "monthly" => new MonthlyReportWriter(_warehouse.Session, clock).Write(October, language, xlsx, Folder($"m-{language.Code}")).Files.Single(),
            "production" => new ProductionReportWriter(_warehouse.Session, clock).Write(October, language, xlsx, Folder($"p-{language.Code}")).Files.Single(),
            _ => new BudgetWorkbookWriter(_warehouse.Session, clock).Write(new BudgetWorkbookOptions(2027, language), Folder($"b-{language.Code}")).Files.Single(),
        };
    }

    private static string Part(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("monthly", "ru", "Ежемесячный отчет по уголовно-исполнительной системе — Октябрь 2026 г.", "Стр. &amp;P из &amp;N")]
    [InlineData("production", "kk", "Өндірістік қызметті талдау — 2026 жылғы қазан", "&amp;P-бет (&amp;N беттің)")]
    [InlineData("budget", "en", "Budget planning workbook for 2027", "Page &amp;P of &amp;N")]
    public void Every_sheet_prints_on_A4_with_the_title_above_and_the_page_and_data_as_of_below(string report, string code, string title, string pages)
    {
        var path = Workbook(report, ReportLanguage.Parse(code));
        using var zip = ZipFile.OpenRead(path);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            var xml = Part(zip, sheet.FullName);
            Assert.Matches(@"<(\w+:)?pageSetup[^>]*paperSize=""9""", xml);
            Assert.Contains("&amp;C" + title, xml);
            Assert.Contains(pages, xml);
            Assert.Matches(code switch { "kk" => "Деректер .* жағдай бойынша", "ru" => "Данные по состоянию на ", _ => "Data as of " }, xml);
        }
        using var workbook = new XLWorkbook(path);
        Assert.StartsWith(title.Split(" — ")[0], workbook.Properties.Title);
        Assert.Equal(Translations.Labels.For(ReportLanguage.Parse(code))["org"], workbook.Properties.Author);
    }

    [Theory]
    [InlineData("monthly")]
    [InlineData("budget")]
    public void Print_titles_are_absolute_references_to_the_quoted_sheet(string report)
    {
        var path = Workbook(report, ReportLanguage.Kazakh);
        using var zip = ZipFile.OpenRead(path);
        var titles = Regex.Matches(Part(zip, "xl/workbook.xml"), @"name=""_xlnm\.Print_Titles""[^>]*>([^<]+)<").Select(m => m.Groups[1].Value).ToList();
        using var workbook = new XLWorkbook(path);

        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Matches(@"^'[^']+'!\$\d+:\$\d+$", t));
        var repeated = workbook.Worksheets.First(s => s.PageSetup.FirstRowToRepeatAtTop > 0);
        var row = repeated.PageSetup.FirstRowToRepeatAtTop;
        Assert.Contains($"'{repeated.Name}'!${row}:${row}", titles);
    }

    [Theory]
    [InlineData("monthly", "kk", null)]
    [InlineData("monthly", "ru", "D-11")]
    [InlineData("production", "en", null)]
    public void Every_sheet_opens_with_a_title_block_above_its_repeated_header_and_an_empty_one_says_none(string report, string code, string? department)
    {
        var language = ReportLanguage.Parse(code);
        var l = Translations.Labels.For(language);
        var clock = TestClock.Running();
        var xlsx = new HashSet<string> { "xlsx" };
        var path = report == "monthly"
            ? new MonthlyReportWriter(_warehouse.Session, clock).Write(October, language, xlsx, Folder($"tb-{code}"), department).Files.Single()
            : new ProductionReportWriter(_warehouse.Session, clock).Write(October, language, xlsx, Folder($"tb-{code}")).Files.Single();
        var title = report == "monthly" ? l["title.monthly"] : l["production.title"];
        var source = l.Format("exhibit.source", "", "").Split(' ')[0];

        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets)
        {
            var lines = Enumerable.Range(1, 5).Select(r => sheet.Cell(r, 1).GetString()).ToList();
            Assert.StartsWith(title, lines[0]);
            Assert.EndsWith(CorrAnalytics.Reports.Common.MonthTitle.Of(October, language), lines[0]);
            if (department is null)
                Assert.Equal(l["cover.scope_republic"], lines[1]);
            else
                Assert.NotEqual(l["cover.scope_republic"], lines[1]);
            Assert.Equal(l["workbook.units"], lines[2]);
            Assert.StartsWith(source, lines[3]);
            Assert.Matches(code switch { "kk" => "Деректер .* жағдай бойынша", "ru" => "Данные по состоянию на ", _ => "Data as of " }, lines[3]);
            Assert.StartsWith(l["cover.completeness"], lines[4]);

            var header = sheet.PageSetup.FirstRowToRepeatAtTop;
            Assert.Equal(7, header);
            Assert.Equal(7, sheet.SheetView.SplitRow);
            Assert.False(sheet.Cell(header, 1).IsEmpty());
            Assert.False(sheet.Row(header + 1).IsEmpty()); // a row (a group's subtotal has its label in the name column), or "none"
        }
        if (report == "monthly") // the hand-made month has no rejected row
            Assert.Equal(l["workbook.none"], workbook.Worksheet(l["sheet.rejects"]).Cell(8, 1).GetString());
    }
}
