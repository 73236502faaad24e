using ClosedXML.Excel;

namespace CorrAnalytics.Reports.Tests.Support;

/// <summary>A report sheet's table below its title block: the header is the row printed on every page.</summary>
public static class SheetTable
{
    public static int HeaderRow(IXLWorksheet sheet) => sheet.PageSetup.FirstRowToRepeatAtTop;

    public static IXLRow Header(IXLWorksheet sheet) => sheet.Row(HeaderRow(sheet));

    /// <summary>The table's rows under its header (the totals row last).</summary>
    public static List<IXLRow> Rows(IXLWorksheet sheet) => sheet.RowsUsed().Where(r => r.RowNumber() > HeaderRow(sheet)).ToList();
}
