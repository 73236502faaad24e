namespace CorrAnalytics.Cli.Tests.Support;

[CollectionDefinition(OneNationalMonth.Collection)]
public sealed class OneNationalMonthCollection : ICollectionFixture<OneNationalMonth>;
