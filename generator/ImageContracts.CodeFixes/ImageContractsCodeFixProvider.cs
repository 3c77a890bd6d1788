using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ImageContracts.CodeFixes;

/// <summary>
/// Fixes for the analyzer's constant violations, driven by hints the analyzer puts in each diagnostic:
/// use the nearest allowed value, remove a parameter the model does not accept, or set the parameter a
/// rule requires (such as <c>OutputFormat = Png</c> for a transparent background).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImageContractsCodeFixProvider)), Shared]
public sealed class ImageContractsCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ValueNotAllowed, DiagnosticIds.ParameterNotAccepted, DiagnosticIds.OutOfRange, DiagnosticIds.RuleViolated, DiagnosticIds.RuleAdvice);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var entry = node.AncestorsAndSelf().FirstOrDefault(n => n is AssignmentExpressionSyntax or ArgumentSyntax || n is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression });
            if (entry is null)
            {
                continue;
            }

            var properties = diagnostic.Properties;
            if (properties.TryGetValue(DiagnosticIds.ReplaceWith, out var replacement) && replacement is not null && ValueOf(entry) is { } value)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use {replacement}", ct => Replace(context.Document, root, value, replacement), nameof(DiagnosticIds.ReplaceWith) + replacement),
                    diagnostic);
            }

            if (properties.ContainsKey(DiagnosticIds.Remove) && entry.Parent is InitializerExpressionSyntax)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Remove '{entry}'", ct => RemoveEntry(context.Document, root, entry), nameof(DiagnosticIds.Remove)),
                    diagnostic);
            }

            if (properties.TryGetValue(DiagnosticIds.SetValue, out var setValue) && setValue is not null
                && entry.AncestorsAndSelf().OfType<InitializerExpressionSyntax>().FirstOrDefault(i => i.RawKind is (int)SyntaxKind.ObjectInitializerExpression or (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.WithInitializerExpression) is { } initializer)
            {
                var property = properties.TryGetValue(DiagnosticIds.SetProperty, out var p) ? p : null;
                var key = properties.TryGetValue(DiagnosticIds.SetKey, out var k) ? k : null;
                var target = property ?? $"[\"{key}\"]";
                context.RegisterCodeFix(
                    CodeAction.Create($"Set {target} to {Short(setValue)}", ct => Set(context.Document, root, initializer, property, key, setValue), nameof(DiagnosticIds.SetValue) + target),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax? ValueOf(SyntaxNode entry) => entry switch
    {
        AssignmentExpressionSyntax assignment => assignment.Right,
        ArgumentSyntax argument => argument.Expression,
        InitializerExpressionSyntax { Expressions.Count: 2 } pair => pair.Expressions[1],
        _ => null,
    };

    private static Task<Document> Replace(Document document, SyntaxNode root, ExpressionSyntax value, string replacement)
    {
        var expression = SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(value).WithAdditionalAnnotations(Simplifier.Annotation);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(value, expression)));
    }

    private static Task<Document> RemoveEntry(Document document, SyntaxNode root, SyntaxNode entry)
    {
        var initializer = (InitializerExpressionSyntax)entry.Parent!;
        var expressions = initializer.Expressions.Remove((ExpressionSyntax)entry);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer, initializer.WithExpressions(expressions))));
    }

    /// <summary>Replaces the value if the initializer already sets it, else adds <c>Property = value</c> (or <c>["key"] = value</c>).</summary>
    private static Task<Document> Set(Document document, SyntaxNode root, InitializerExpressionSyntax initializer, string? property, string? key, string value)
    {
        var expression = SyntaxFactory.ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation);
        foreach (var existing in initializer.Expressions.OfType<AssignmentExpressionSyntax>())
        {
            var matches = existing.Left switch
            {
                IdentifierNameSyntax name => name.Identifier.ValueText == property,
                ImplicitElementAccessSyntax access => access.ArgumentList.Arguments.Count == 1
                    && access.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.Token.ValueText == key,
                _ => false,
            };
            if (matches)
            {
                return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(existing.Right, expression.WithTriviaFrom(existing.Right))));
            }
        }

        ExpressionSyntax left = property is not null
            ? SyntaxFactory.IdentifierName(property)
            : SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key!))))));
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left, expression);
        var updated = initializer.AddExpressions(assignment);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer, updated)));
    }

    private static string Short(string expression)
    {
        var dot = expression.LastIndexOf('.');
        return dot >= 0 && !expression.StartsWith("\"", System.StringComparison.Ordinal) ? expression.Substring(dot + 1) : expression;
    }
}
