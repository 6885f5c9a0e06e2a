/**
 * The four networks of chapter 2's comparison, by name, without tfjs: the widget's table labels its rows
 * from here, so the page does not pull tfjs-core in through digitNets.ts (≈ 90 kB gzip; tfjs runs in the
 * page's worker, issue 14).
 */
export type NetKind = 'mlp' | 'resnet' | 'rknet' | 'odenet';
export const NET_KINDS: readonly NetKind[] = ['mlp', 'resnet', 'rknet', 'odenet'];
export const NET_LABELS: Record<NetKind, string> = { mlp: '1-layer MLP', resnet: 'ResNet', rknet: 'RK-Net', odenet: 'ODE-Net' };
