using System.Globalization;
using System.Text.RegularExpressions;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Publications;

/// <summary>
/// The structure of a statistical publication (PUBLICATION §1–§3, §6) read back from the PDFs of the
/// monthly report (the republic and D-11) and the production analysis, in kk, ru and en: a contents page
/// whose entries are on the pages they name, tables and figures numbered without gaps, a source line
/// under each, a methodology defining every indicator printed, A4 pages, and key findings whose every
/// number is a figure of the report's tables.
/// </summary>
public sealed class PublicationStructureTests : IDisposable
{
    private static readonly YearMonth October = new(2026, 10);
    private readonly HandMadeWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private sealed record Pdf(string Name, IReadOnlyList<string> Pages, IReadOnlyList<(double Width, double Height)> Sizes, IReadOnlyList<IndicatorDefinition> Indicators);

    private IEnumerable<Pdf> Pdfs(ReportLanguage language)
    {
        var clock = TestClock.Running();
        var formats = new HashSet<string> { "pdf" };
        foreach (var department in new string?[] { null, "D-11" })
        {
            var folder = Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, $"m-{department}-{language.Code}")).FullName;
            yield return Read($"monthly {department ?? "republic"}", new MonthlyReportWriter(_warehouse.Session, clock).Write(October, language, formats, folder, department).Files.Single(), IndicatorCatalogue.Monthly);
        }
        var production = Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, $"p-{language.Code}")).FullName;
        yield return Read("production", new ProductionReportWriter(_warehouse.Session, clock).Write(October, language, formats, production).Files.Single(), IndicatorCatalogue.Production);
    }

    private static Pdf Read(string name, string file, IReadOnlyList<IndicatorDefinition> indicators)
    {
        using var pdf = PdfDocument.Open(file);
        var pages = pdf.GetPages().ToList();
        return new Pdf(name, pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList(), pages.Select(p => (p.Width, p.Height)).ToList(), indicators);
    }

    private static string Kinds(Labels l) => $"{Regex.Escape(l.Format("exhibit.table", "")[..^1].Trim())}|{Regex.Escape(l.Format("exhibit.figure", "")[..^1].Trim())}";

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void The_contents_page_lists_every_numbered_table_and_figure_at_the_page_it_is_on(string code)
    {
        var language = ReportLanguage.Parse(code);
        var l = Labels.For(language);
        var period = Regex.Escape(MonthTitle.InCaption(October, language));
        foreach (var pdf in Pdfs(language))
        {
            var contents = pdf.Pages[1];
            Assert.Contains(l["contents"], contents);
            var entries = Regex.Matches(contents, $@"({Kinds(l)}) (\d+)\. (.+?), {period}(?:\s?p)? (\d+)").Select(m =>
                (Kind: m.Groups[1].Value, Number: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Caption: m.Groups[3].Value, Page: int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))).ToList();
            Assert.True(entries.Count >= 4, $"{pdf.Name} {code}: {entries.Count} entries on the contents page: {contents}");
            foreach (var e in entries)
                Assert.True(pdf.Pages[e.Page - 1].Contains($"{e.Kind} {e.Number}. {e.Caption}", StringComparison.Ordinal),
                    $"{pdf.Name} {code}: {e.Kind} {e.Number} is not on page {e.Page}");

            // Every caption in the body is listed, and each kind is numbered 1, 2, 3 … without a gap.
            var body = string.Join("\n", pdf.Pages.Skip(2));
            body = Regex.Replace(body, $@"({Kinds(l)}) \d+\. [^()]*? \({Regex.Escape(l["exhibit.continued"])}\)", ""); // a table's repeated header on its next page
            var inBody = Regex.Matches(body, $@"({Kinds(l)}) (\d+)\. ").Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
            Assert.Equal(entries.Select(e => (e.Kind, e.Number)), inBody);
            foreach (var kind in entries.GroupBy(e => e.Kind))
                Assert.Equal(Enumerable.Range(1, kind.Count()), kind.Select(e => e.Number));

            // A provisional month says so in its captions, and the back page says what "p" means.
            Assert.Equal(Regex.IsMatch(contents, $@"{period}\s?p \d"), pdf.Pages[^1].Contains(l["back.symbol.provisional"], StringComparison.Ordinal));

            // A source line under every table and figure.
            var source = l.Format("exhibit.source", "", "").Split(' ')[0];
            Assert.Equal(entries.Count, Regex.Matches(body, Regex.Escape(source)).Count);
        }
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void The_methodology_defines_every_indicator_the_report_prints_and_every_page_is_A4(string code)
    {
        var language = ReportLanguage.Parse(code);
        var l = Labels.For(language);
        foreach (var pdf in Pdfs(language))
        {
            var start = pdf.Pages.ToList().FindIndex(2, p => p.Contains(l["section.methodology"], StringComparison.Ordinal));
            Assert.True(start > 2, $"{pdf.Name} {code}: no methodology section");
            var methodology = Regex.Replace(string.Join(" ", pdf.Pages.Skip(start)), @"\s+", " ");
            Assert.Contains(l[pdf.Name == "production" ? "meth.counting.production" : "meth.counting"][..40], methodology);
            foreach (var indicator in pdf.Indicators)
            {
                var entry = Regex.Replace($"{l[indicator.LabelKey]} — {l[indicator.DefinitionKey]}", @"\s+", " ");
                Assert.True(methodology.Contains(entry, StringComparison.Ordinal), $"{pdf.Name} {code}: {indicator.Key} is not defined: {entry}");
            }
            Assert.All(pdf.Sizes, s => Assert.True(Math.Abs(s.Width - 595.28) < 1 && Math.Abs(s.Height - 841.89) < 1, $"{pdf.Name}: a page of {s.Width}×{s.Height}"));
        }
    }

    private static IEnumerable<string> Numbers(string text) =>
        Regex.Matches(text, @"\d(?:[\d\u00A0\u202F ,.]*\d)?").Select(m => m.Value.Replace('\u202F', '\u00A0'));

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_number_in_the_key_findings_is_a_figure_of_the_reports_tables(string code)
    {
        var language = ReportLanguage.Parse(code);
        var culture = language.Culture;
        var report = new MonthlyReportBuilder(_warehouse.Session, TestClock.Running()).Build(October, language);
        var findings = KeyFindings.Of(report);
        Assert.InRange(findings.Count, 5, 8);

        var printed = report.Tables.SelectMany(t => t.Rows.Concat(t.Totals is null ? [] : [t.Totals])
            .SelectMany(r => r.Select((v, i) => NumberFormat.Format(v, t.Columns[i].Kind, culture, report.Labels["unit.points"]))));
        var counts = new[] { report.Overcrowded.Rows.Count }.Concat(report.Missing.Rows.GroupBy(r => r[0]).Select(g => g.Count()))
            .Select(n => n.ToString("N0", culture));
        var allowed = printed.SelectMany(Numbers).Concat(counts).Concat(["12", 10_000.ToString("N0", culture)]).ToHashSet();
        foreach (var sentence in findings)
            foreach (var number in Numbers(sentence))
                Assert.True(allowed.Contains(number), $"{code}: {number} in “{sentence}” is no figure of the report's tables");

        // Worked out by hand (HandMadeWarehouse): 310 held on 31 October in 350 places.
        Assert.Contains(310m.ToString("N0", culture), findings[0]);
        Assert.Contains((310m * 100 / 350).ToString("N1", culture), findings[1]);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void The_production_findings_give_output_against_plan_as_the_branch_totals_print_them(string code)
    {
        var language = ReportLanguage.Parse(code);
        var culture = language.Culture;
        var report = new ProductionReportBuilder(_warehouse.Session, TestClock.Running()).Build(October, language);
        var findings = ProductionFindings.Of(report);
        // Worked out by hand (HandMadeWarehouse): output 1.45 million tenge of a plan of 1.5; 80 of 160 able to work employed.
        Assert.Contains(NumberFormat.Format(1_450_000m, ValueKind.Money, culture), findings[0]);
        Assert.Contains(NumberFormat.Format(1_500_000m, ValueKind.Money, culture), findings[0]);
        Assert.Contains((1_450_000m * 100 / 1_500_000m).ToString("N1", culture), findings[0]);
        Assert.Contains("80", findings[2]);
        Assert.Contains(50m.ToString("N1", culture), findings[2]);
    }
}
