import { Icon, type IconProps } from "@/components/icons/icon";

export const HeartIcon = (props: IconProps) => (
  <Icon {...props}>
    <path strokeLinejoin="round" d="M12 20.5s-7.5-4.6-9.2-9.4C1.6 7.6 4 4.5 7.3 4.5c2 0 3.6 1.1 4.7 2.8 1.1-1.7 2.7-2.8 4.7-2.8 3.3 0 5.7 3.1 4.5 6.6-1.7 4.8-9.2 9.4-9.2 9.4Z" />
  </Icon>
);
