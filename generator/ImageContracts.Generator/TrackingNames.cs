namespace ImageContracts.Generator;

/// <summary>Names of the pipeline steps, so tests can check what each run cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SpecFiles = nameof(SpecFiles);
    public const string ParsedSpec = nameof(ParsedSpec);
    public const string SpecModel = nameof(SpecModel);
    public const string Models = nameof(Models);
    public const string Catalog = nameof(Catalog);
    public const string BundledContracts = nameof(BundledContracts);
    public const string SourceNames = nameof(SourceNames);

    public static readonly string[] All = { Options, SpecFiles, ParsedSpec, SpecModel, Models, Catalog, BundledContracts };
}
