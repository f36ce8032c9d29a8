// The demonstration workspace uses the same reference geography as every workspace.
export * from '../../geography/wigan-areas';
