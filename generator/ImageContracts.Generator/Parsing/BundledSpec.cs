using System;
using ImageContracts.Generator.Emitting;
using ImageContracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// The fingerprints of the contracts compiled into the referenced ImageContracts runtime (its
/// <c>BundledContracts.ContractFingerprints</c>), or empty when there is none. Only a string, so it compares cheaply
/// and an edit to C# code that leaves the references alone re-emits nothing.
/// </summary>
internal sealed record BundledSpec(string Fingerprints)
{
    public static readonly BundledSpec None = new(string.Empty);

    public static BundledSpec In(Compilation compilation)
    {
        // Null when absent or ambiguous (two assemblies define it): then nothing is shared and everything is emitted.
        if (compilation.GetTypeByMetadataName(BundledContractsEmitter.MetadataName) is not { } type)
        {
            return None;
        }

        foreach (var member in type.GetMembers(BundledContractsEmitter.FingerprintsField))
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string text })
            {
                return new BundledSpec(text);
            }
        }

        return None;
    }

    /// <summary>True when the runtime holds exactly the contract this build would emit for the model.</summary>
    public bool Holds(ModelSpec model) => Has(model.Id, BundledContractsEmitter.ModelFingerprint(model));

    /// <summary>True when the runtime holds exactly this build's catalog (and so every model in it).</summary>
    public bool HoldsCatalog(SpecModel spec) => Has("catalog", BundledContractsEmitter.CatalogFingerprint(spec));

    private bool Has(string key, string fingerprint)
        => Fingerprints.Length > 0 && (";" + Fingerprints + ";").IndexOf(";" + key + "=" + fingerprint + ";", StringComparison.Ordinal) >= 0;
}
