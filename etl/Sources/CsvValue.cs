namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// How a contract writes a column's values, where a spreadsheet may write them otherwise: Excel in a
/// Russian or Kazakh locale saves dates as dd.MM.yyyy and amounts with a decimal comma, in English
/// as yyyy-MM-dd and with a point. The pre-pass rewrites such a value in the contract's form.
/// </summary>
public enum CsvValue
{
    Text,
    /// <summary>yyyy-MM-dd.</summary>
    IsoDate,
    /// <summary>yyyy-MM-ddTHH:mm[:ss].</summary>
    IsoTime,
    /// <summary>dd.MM.yyyy (the accounting system's dates).</summary>
    DayMonthYear,
    /// <summary>1 234,56 (the accounting system's amounts: a decimal comma).</summary>
    Amount,
}
