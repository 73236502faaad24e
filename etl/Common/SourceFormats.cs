using System.Globalization;
using System.Text;

namespace CorrAnalytics.Etl.Common;

/// <summary>The text conventions of the inbox files (DESIGN §3).</summary>
public static class SourceFormats
{
    static SourceFormats() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1251, the accounting system's encoding.</summary>
    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly NumberFormatInfo AccountingNumbers = new()
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>Money as the accounting system writes it: 1 234 567,89.</summary>
    public static string AccountingAmount(decimal amount) => amount.ToString("#,0.00", AccountingNumbers);

    /// <summary>Quotes a CSV field when it holds the delimiter, a quote or a line break.</summary>
    public static string CsvField(string value, char delimiter = ',') =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
