using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace CorrAnalytics.Reports.Excel;

/// <summary>
/// What a workbook carries as a publication (PUBLICATION §9): its document properties, and on every
/// printed sheet A4 paper, the title and period in the header, the data as of and "page N of M" in the
/// footer. <paramref name="PageOf"/> is the language's page label with {0} for the page and {1} for
/// the count ("Стр. {0} из {1}"): they become the spreadsheet's own page fields.
/// </summary>
public sealed partial record WorkbookFrame(string Title, string Subject, string Author, string Keywords, string DataAsOf, string PageOf)
{
    /// <summary>
    /// The lines above each sheet's table (PUBLICATION §9): the title and period first, then the scope,
    /// the unit, the source, the data as of and the completeness. Empty: the table starts on row 1.
    /// </summary>
    public IReadOnlyList<string> TitleBlock { get; init; } = [];

    /// <summary>What an empty sheet says in its first row ("none" in the reader's language).</summary>
    public string None { get; init; } = "—";

    /// <summary>The row a sheet's table header is on: below the title block and one empty row.</summary>
    public int HeaderRow => TitleBlock.Count == 0 ? 1 : TitleBlock.Count + 2;

    public void Apply(XLWorkbook workbook)
    {
        workbook.Properties.Title = Title;
        workbook.Properties.Subject = Subject;
        workbook.Properties.Author = Author;
        workbook.Properties.Keywords = Keywords;
    }

    public void Apply(IXLWorksheet sheet)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.Header.Center.AddText(Title, XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Left.AddText(DataAsOf, XLHFOccurrence.AllPages);
        foreach (var part in PageField().Split(PageOf).Where(p => p.Length > 0))
        {
            if (part == "{0}")
                sheet.PageSetup.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
            else if (part == "{1}")
                sheet.PageSetup.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
            else
                sheet.PageSetup.Footer.Right.AddText(part, XLHFOccurrence.AllPages);
        }
    }

    [GeneratedRegex(@"(\{[01]\})")]
    private static partial Regex PageField();
}
