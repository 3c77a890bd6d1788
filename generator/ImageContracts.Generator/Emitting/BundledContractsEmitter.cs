using System.Collections.Generic;
using System.Linq;
using System.Text;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Emits <c>ImageContracts.BundledContracts</c> into the runtime library itself: the bundled spec's model contracts and
/// catalog, compiled once into the package, with a fingerprint of each. A consumer's generator compares the
/// fingerprints with what it would emit and refers to these objects instead of compiling the same data again.
/// </summary>
internal static class BundledContractsEmitter
{
    private const string R = Code.Runtime;

    public const string TypeName = "global::ImageContracts.BundledContracts";

    /// <summary>The metadata name consumers look the class up by.</summary>
    public const string MetadataName = "ImageContracts.BundledContracts";

    /// <summary>The <c>const string</c> holding the fingerprints.</summary>
    public const string FingerprintsField = "ContractFingerprints";

    public static (string HintName, string Source) Emit(SpecModel spec)
    {
        var options = new GeneratorOptions(GeneratorOptions.DefaultNamespace, Public: true, LifecycleDate: null, RejectedLifecycleDate: null);

        // Each contract's text is written once: it is both emitted and hashed.
        var initializers = spec.Models.Select(ContractEmitter.Initializer).ToList();
        var text = GeneratedFile.Write(options, "BundledContracts: the bundled spec's contracts, compiled once into the package.", w =>
        {
            w.Summary($"The contracts of the spec bundled with this package (as of {spec.AsOf}). Generated model classes refer to these when the consumer's spec leaves a model unchanged; use the generated <c>ImageContract</c> and model classes rather than this class.");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Line("public static class BundledContracts");
            w.OpenBrace();
            w.Summary("<c>catalog=hash;model-id=hash;...</c>: what a consumer's generator compares with the contracts it would emit.");
            w.Line($"public const string {FingerprintsField} = {Code.String(Fingerprints(spec, initializers.Select(Fingerprint.Of).ToList()))};");
            for (var i = 0; i < spec.Models.Count; i++)
            {
                w.Line();
                w.Summary($"The contract of {spec.Models[i].Id}.");
                w.Line($"public static {R}.ModelContract {spec.Models[i].TypeName} {{ get; }} =");
                w.Lines(initializers[i], ";");
            }

            w.Line();
            w.Summary("The catalog of every bundled model.");
            w.Line($"public static {R}.ContractCatalog Catalog {{ get; }} =");
            w.Lines(CatalogEmitter.Initializer(spec, static m => m.TypeName), ";");
            w.CloseBrace();
        });
        return ("BundledContracts.g.cs", text);
    }

    /// <summary>The fingerprint list for a spec, in the form <see cref="BundledSpec"/> reads.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="modelFingerprints">Each model's <see cref="ModelFingerprint"/>, in the spec's order.</param>
    private static string Fingerprints(SpecModel spec, IReadOnlyList<string> modelFingerprints)
    {
        var text = new StringBuilder("catalog=").Append(CatalogFingerprint(spec, modelFingerprints));
        for (var i = 0; i < spec.Models.Count; i++)
        {
            text.Append(';').Append(spec.Models[i].Id).Append('=').Append(modelFingerprints[i]);
        }

        return text.ToString();
    }

    public static string ModelFingerprint(ModelSpec model) => Fingerprint.Of(ContractEmitter.Initializer(model));

    /// <summary>The catalog's own text (models by id) plus every model's fingerprint: equal only if everything is.</summary>
    public static string CatalogFingerprint(SpecModel spec) => CatalogFingerprint(spec, spec.Models.Select(ModelFingerprint).ToList());

    private static string CatalogFingerprint(SpecModel spec, IReadOnlyList<string> modelFingerprints)
        => Fingerprint.Of(CatalogEmitter.Initializer(spec, static m => "<" + m.Id + ">") + "\n" + string.Join("\n", modelFingerprints));
}
