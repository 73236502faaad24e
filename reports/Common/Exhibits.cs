using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>Where a publication's figures come from (PUBLICATION §3), each said once in every language as source.line.&lt;key&gt;.</summary>
public enum ExhibitSource { Population, Incidents, Staffing, Budget, Production, AllReturns, Intake, Publications }

/// <summary>
/// A publication's tables and figures, numbered in one sequence per kind (PUBLICATION §3): the caption
/// above ("Table 3. Population held and occupancy by region, October 2026"), an entry in the outline and
/// the contents page, then the table or chart, its source line with the data as of, and its notes.
/// </summary>
public sealed class Exhibits(Labels labels, string period, string dataAsOf)
{
    private int _tables;
    private int _figures;

    public Element Table(string caption, Element table, ExhibitSource source, params string?[] notes) =>
        Exhibit(labels.Format("exhibit.table", ++_tables), caption, table, source, notes);

    public Element Figure(string caption, Element chart, ExhibitSource source, params string?[] notes) =>
        Exhibit(labels.Format("exhibit.figure", ++_figures), caption, chart, source, notes);

    /// <summary>"Source: … . Data as of …." — under every exhibit, and in every workbook sheet's title block.</summary>
    public static string SourceLine(Labels labels, ExhibitSource source, string dataAsOf) =>
        labels.Format("exhibit.source", labels["source.line." + source.ToString().ToLowerInvariant()], dataAsOf);

    /// <summary>The caption as the contents page lists it.</summary>
    private Element Exhibit(string number, string caption, Element body, ExhibitSource source, string?[] notes)
    {
        var title = $"{number} {caption}, {period}";
        if (body is Layout.Elements.Table table)
            table.Continued = $"{number} {caption} ({labels["exhibit.continued"]})";
        List<Element> parts =
        [
            new Text(title, TextStyles.Caption, spaceAfter: 2),
            body,
            new Text(SourceLine(labels, source, dataAsOf), TextStyles.Small),
            .. notes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (Element)new Text(labels.Format("exhibit.note", n), TextStyles.Note)),
        ];
        return new Section(title, new Column(parts, spacing: 3), level: 1);
    }
}
