/** `client.lawyerServices`: a lawyer's deposit refund requests and court appointments, from the lawyerServices endpoint table. @module */
import { lawyerServicesEndpoints } from '../contract/lawyer-services.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type LawyerServicesResource = Resource<typeof lawyerServicesEndpoints>;
export const lawyerServicesResource = (core: AdalatCore): LawyerServicesResource => core.resource('lawyerServices', lawyerServicesEndpoints);
