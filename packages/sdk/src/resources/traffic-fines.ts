/** `client.trafficFines`: find traffic fines by national ID, plate or violation number, from the traffic-fines endpoint table. @module */
import { trafficFinesEndpoints } from '../contract/traffic-fines.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type TrafficFinesResource = Resource<typeof trafficFinesEndpoints>;
export const trafficFinesResource = (core: AdalatCore): TrafficFinesResource => core.resource('trafficFines', trafficFinesEndpoints);
