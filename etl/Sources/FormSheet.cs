namespace CorrAnalytics.Etl.Sources;

/// <summary>The cells of a form's sheet, asked by position: a form is small, so they are kept in a map.</summary>
public sealed class FormSheet(IReadOnlyList<SheetCell> cells)
{
    private readonly Dictionary<(int Row, int Column), SheetCell> _byPosition = cells.ToDictionary(c => (c.Row, c.Column));

    /// <summary>The non-empty cells, row by row.</summary>
    public IReadOnlyList<SheetCell> Cells => cells;

    public SheetCell Cell(int row, int column) => _byPosition.TryGetValue((row, column), out var cell) ? cell : SheetCell.Empty(row, column);

    public SheetCell RightOf(SheetCell cell) => Cell(cell.Row, cell.Column + 1);

    /// <summary>The non-empty cells of a row, left to right.</summary>
    public IEnumerable<SheetCell> Row(int row) => cells.Where(c => c.Row == row).OrderBy(c => c.Column);
}
