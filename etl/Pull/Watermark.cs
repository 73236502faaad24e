using System.Globalization;
using NpgsqlTypes;

namespace CorrAnalytics.Etl.Pull;

/// <summary>
/// A source's watermark: a timestamp, a date or an increasing number, by the PostgreSQL type of its
/// column; kept in etl.pull_state as invariant text. <see cref="Minimum"/> reads everything (-infinity).
/// </summary>
public sealed record Watermark(string Type, object Value)
{
    public static string TypeOf(string postgresType, string column) => postgresType switch
    {
        "timestamp without time zone" => "timestamp",
        "timestamp with time zone" => "timestamptz",
        "date" => "date",
        "smallint" or "integer" or "bigint" => "integer",
        "numeric" => "numeric",
        _ => throw new PullConfigurationException($"The watermark column {column} is of type {postgresType}: use a timestamp, a date or an increasing integer."),
    };

    public static Watermark Minimum(string type) => new(type, type switch
    {
        "timestamptz" => DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
        "timestamp" or "date" => DateTime.MinValue,
        "integer" => long.MinValue,
        _ => decimal.MinValue,
    });

    public static Watermark Parse(string type, string text) => new(type, type switch
    {
        "timestamptz" => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        "timestamp" or "date" => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None),
        "integer" => long.Parse(text, CultureInfo.InvariantCulture),
        _ => decimal.Parse(text, CultureInfo.InvariantCulture),
    });

    /// <summary>The watermark of a value the query returned in the watermark column.</summary>
    public static Watermark Of(string type, object value) => new(type, type switch
    {
        "timestamptz" => ((DateTime)value).ToUniversalTime(),
        "timestamp" or "date" => (DateTime)value,
        "integer" => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    });

    public NpgsqlDbType DbType => Type switch
    {
        "timestamptz" => NpgsqlDbType.TimestampTz,
        "timestamp" => NpgsqlDbType.Timestamp,
        "date" => NpgsqlDbType.Date,
        "integer" => NpgsqlDbType.Bigint,
        _ => NpgsqlDbType.Numeric,
    };

    public bool IsMinimum => Equals(Minimum(Type));

    public int CompareTo(Watermark other) => Comparer<object>.Default.Compare(Value, other.Value);

    public override string ToString() => Value switch
    {
        DateTime d when d == DateTime.MinValue => "-infinity",
        DateTime d => d.ToString(Type == "date" ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + (Type == "timestamptz" ? "Z" : ""),
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture)!,
    };
}
