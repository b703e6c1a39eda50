/**
 * Whether the lint run has TypeScript type information, asked without throwing: rules never require
 * it (oxlint, espree and untyped typescript-eslint runs have none).
 */
import type { ParserServices, ParserServicesWithTypeInformation } from '@typescript-eslint/utils';

export function typeServices(
  services: Partial<ParserServices> | undefined,
): ParserServicesWithTypeInformation | undefined {
  return services?.program && services.esTreeNodeToTSNodeMap
    ? (services as ParserServicesWithTypeInformation)
    : undefined;
}
