namespace ImageContracts;

/// <summary>What validation does with a model id the spec does not know (OpenAI ships image models more often than
/// the spec can follow). Set on <see cref="ValidationOptions.UnknownModels"/> or <c>ImagesClientOptions.UnknownModelPolicy</c>.</summary>
public enum UnknownModelPolicy
{
    /// <summary>The default: an <c>unknown_model</c> warning; the request is checked against what every known model of
    /// the endpoint shares (see <see cref="ContractCatalog.UniversalContract"/>) and may be sent.</summary>
    Warn = 0,

    /// <summary>An <c>unknown_model</c> error: the request is invalid and <c>ImagesClient</c> does not send it.</summary>
    Refuse = 1,
}
